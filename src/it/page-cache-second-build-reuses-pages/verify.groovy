import groovy.json.JsonSlurper

// Three builds sharing one cache directory: cold, unchanged, then guide.html edited. The second parses no page: it
// takes over the first build's results (or, for a page written too close to the first check to trust its stamp,
// reads it from the page cache) and reports what the first did; the third checks the edited page again and finds its
// new dead link.
def read = { String path -> new JsonSlurper().parse(new File(basedir, path), 'UTF-8') }
def first = read('target/first/report.json')
def second = read('target/second/report.json')
def third = read('target/hydra/report.json')

// what each build said in its log (the reports, whose verdicts are the same either way, say nothing of it)
def builds = [[]]
new File(basedir, 'build.log').eachLine { line ->
    builds[-1] << line
    if (line.contains('BUILD SUCCESS')) {
        builds << []
    }
}
def numbers = { List<String> lines, String pattern ->
    for (String line : lines) {
        def match = line =~ pattern
        if (match.find()) {
            return [match.group(1) as int, match.group(2) as int]
        }
    }
    return [0, 0]
}
def said = { int build ->
    def taken = numbers(builds[build], /Hydra: the results of (\d+) pages? came from the last check.*; (\d+) pages? that changed/)
    def cached = numbers(builds[build], /Hydra: (\d+) pages were read from the page cache .*, (\d+) parsed /)
    [taken: taken[0], again: taken[1], fromPageCache: cached[0], parsed: cached[1]]
}
[first, second, third].each { report ->
    assert !report.notices.any { it.contains('pages were read') || it.contains('came from the last check') } : report.notices
}
def results = { report -> report.links.collect { [it.url, it.result, it.kind, it.sources] } as Set }

assert said(0) == [taken: 0, again: 0, fromPageCache: 0, parsed: 0] : 'a first build says nothing of caches: ' + said(0)
assert said(1).taken + said(1).fromPageCache == 3 && said(1).parsed == 0 : said(1)
assert results(second) == results(first) : 'the unchanged build reports what the cold one did'
assert first.links.find { it.url == '/missing.html' }?.result == 'broken'
assert first.links.find { it.url == '/faq.html#nowhere' }?.result != 'ok'

assert said(2).taken + said(2).fromPageCache == 2 : said(2)
def added = results(third) - results(first)
assert added.size() == 1 && added[0][0] == '/added-dead.html' && added[0][1] == 'broken' : added
assert results(first) - results(third) == [] as Set : 'every other result is the same'

File cache = new File(basedir, 'shared-cache')
def pageFiles = cache.listFiles().findAll { it.name.startsWith('pages-') }
assert pageFiles.size() == 1 : "one page cache file for the site: ${pageFiles}"
def resultFiles = cache.listFiles().findAll { it.name.startsWith('results-') }
assert resultFiles.size() == 1 : "one file of results for the site: ${resultFiles}"
return true
