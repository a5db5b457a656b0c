import groovy.json.JsonSlurper

// Three builds sharing one cache directory: cold, unchanged, then guide.html edited. The second reads every page from
// the page cache and reports what the first did; the third parses the edited page only and finds its new dead link.
def read = { String path -> new JsonSlurper().parse(new File(basedir, path), 'UTF-8') }
def first = read('target/first/report.json')
def second = read('target/second/report.json')
def third = read('target/hydra/report.json')
// each build says in its log, not in its reports, what the page cache spared; the first, which it spared nothing,
// says nothing of it
def said = new File(basedir, 'build.log').readLines().findAll { it.contains(' pages were read from the page cache ') }
assert said.size() == 2 : said
def counts = { int build ->
    def match = said[build] =~ /Hydra: (\d+) pages were read from the page cache .*, (\d+) parsed /
    assert match.find() : said[build]
    [reused: match.group(1) as int, parsed: match.group(2) as int]
}
[first, second, third].each { report ->
    assert !report.notices.any { it.contains('pages were read') } : report.notices
}
def results = { report -> report.links.collect { [it.url, it.result, it.kind, it.sources] } as Set }

assert counts(0) == [reused: 3, parsed: 0] : counts(0)
assert results(second) == results(first) : 'the unchanged build reports what the cold one did'
assert first.links.find { it.url == '/missing.html' }?.result == 'broken'
assert first.links.find { it.url == '/faq.html#nowhere' }?.result != 'ok'

assert counts(1) == [reused: 2, parsed: 1] : counts(1)
def added = results(third) - results(first)
assert added.size() == 1 && added[0][0] == '/added-dead.html' && added[0][1] == 'broken' : added
assert results(first) - results(third) == [] as Set : 'every other result is the same'

File cache = new File(basedir, 'shared-cache')
def pageFiles = cache.listFiles().findAll { it.name.startsWith('pages-') }
assert pageFiles.size() == 1 : "one page cache file for the site: ${pageFiles}"
return true
