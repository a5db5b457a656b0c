import groovy.json.JsonSlurper

// A clean site passes and still gets its report: every page crawled, no broken link.
File reportFile = new File(basedir, 'target/hydra/report.json')
assert reportFile.isFile() : 'report.json is written also when every link works'
def report = new JsonSlurper().parse(reportFile)
assert report.summary.broken == 0
assert report.summary.warnings == 0
// /, /docs/ and /docs/install.html (a served index.html is its folder's page): the crawl followed the links into the sub folder
assert report.summary.pages == 3
assert report.links.every { it.result in ['ok', 'skipped'] }
assert report.links.find { it.url == '/docs/install.html#requirements' }?.result == 'ok'
assert report.links.find { it.url == 'mailto:team@example.org' }?.result == 'skipped'
assert report.links*.url == report.links*.url.sort(false) : 'links are sorted by URL'
assert report.links*.url.unique(false).size() == report.links.size() : 'each link is listed once'

String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('0 broken')
return true
