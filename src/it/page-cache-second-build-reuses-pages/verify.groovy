import groovy.json.JsonSlurper

// Three builds sharing one cache directory: cold, unchanged, then guide.html edited. The second reads every page from
// the page cache and reports what the first did; the third parses the edited page only and finds its new dead link.
def read = { String path -> new JsonSlurper().parse(new File(basedir, path), 'UTF-8') }
def first = read('target/first/report.json')
def second = read('target/second/report.json')
def third = read('target/hydra/report.json')
def counts = { report ->
    def line = report.notices.find { it.contains(' pages were read from the page cache ') }
    assert line : "no page cache counts in ${report.notices}"
    def match = line =~ /^(\d+) pages were read from the page cache .*, (\d+) parsed /
    assert match.find() : line
    [reused: match.group(1) as int, parsed: match.group(2) as int]
}
def results = { report -> report.links.collect { [it.url, it.result, it.kind, it.sources] } as Set }

assert counts(first) == [reused: 0, parsed: 3] : counts(first)
assert counts(second) == [reused: 3, parsed: 0] : counts(second)
assert results(second) == results(first) : 'the unchanged build reports what the cold one did'
assert first.links.find { it.url == '/missing.html' }?.result == 'broken'
assert first.links.find { it.url == '/faq.html#nowhere' }?.result != 'ok'

assert counts(third) == [reused: 2, parsed: 1] : counts(third)
def added = results(third) - results(first)
assert added.size() == 1 && added[0][0] == '/added-dead.html' && added[0][1] == 'broken' : added
assert results(first) - results(third) == [] as Set : 'every other result is the same'

File cache = new File(basedir, 'shared-cache')
def pageFiles = cache.listFiles().findAll { it.name.startsWith('pages-') }
assert pageFiles.size() == 1 : "one page cache file for the site: ${pageFiles}"
// each build says what it reused, in its log
def said = new File(basedir, 'build.log').readLines().findAll { it.contains(' pages were read from the page cache ') }
assert said.size() == 3 : said
assert said[0].contains('Hydra: 0 pages were read') && said[0].contains(', 3 parsed') : said[0]
assert said[1].contains('Hydra: 3 pages were read') && said[1].contains(', 0 parsed') : said[1]
assert said[2].contains('Hydra: 2 pages were read') && said[2].contains(', 1 parsed') : said[2]
return true
