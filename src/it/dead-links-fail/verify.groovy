import groovy.json.JsonSlurper

// The build fails, its message names each dead link with its pages and lines and says how to exclude one,
// and report.json is written all the same.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('3 broken links')
assert log.contains('/missing.html : file not found in site directory')
assert log.contains('on /:10\n')
assert log.contains('/img/missing.png : file not found in site directory')
assert log.contains('on /about.html:7')
assert log.contains('/about.html#team : anchor #team not found on the page')
assert log.contains('on /:11\n')
assert log.contains('To accept or exclude a link, add a regular expression on its URL to <excludes>')

File reportFile = new File(basedir, 'target/hydra/report.json')
assert reportFile.isFile() : 'report.json is written also when the build fails'
String json = reportFile.text
assert !json.contains('127.0.0.1') : 'links into the served directory are site-absolute, without the ephemeral port'
def report = new JsonSlurper().parseText(json)
assert report.summary.broken == 3
assert report.summary.pages == 2

def broken = report.links.findAll { it.result == 'broken' }
assert broken*.url == ['/about.html#team', '/img/missing.png', '/missing.html']
def byUrl = broken.collectEntries { [(it.url): it] }
assert byUrl['/missing.html'].status == 404
assert byUrl['/missing.html'].sources == [[page: '/', line: 10]]
assert byUrl['/img/missing.png'].reason == 'file not found in site directory'
assert byUrl['/img/missing.png'].sources == [[page: '/about.html', line: 7]]
assert byUrl['/about.html#team'].reason == 'anchor #team not found on the page'
assert report.links.find { it.url == '/about.html' }.result == 'ok' : 'the page exists; only its anchor is missing'
assert report.links*.url == report.links*.url.sort(false) : 'links are sorted by URL'
return true
