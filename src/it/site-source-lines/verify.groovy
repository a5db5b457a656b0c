import groovy.json.JsonSlurper

// The dead link on the generated page /guide.html is reported with the Markdown source it came from and the
// line that holds it, in report.json, report.sarif and report.md.
File reportFile = new File(basedir, 'target/hydra/report.json')
assert reportFile.isFile() : 'no report.json: the check did not run after the site'
def report = new JsonSlurper().parseText(reportFile.text)
def missing = report.links.find { it.url == '/missing.html' }
assert missing != null : reportFile.text
assert missing.result == 'broken'
assert missing.sources.size() == 1 : missing.sources
def place = missing.sources[0]
assert place.page == '/guide.html'
assert place.line > 0
assert place.sourceFile == 'src/site/markdown/guide.md' : place
assert place.sourceLine == 7 : place

def sarif = new JsonSlurper().parseText(new File(basedir, 'target/hydra/report.sarif').text)
def location = sarif.runs[0].results.find { it.message.text.startsWith('/missing.html') }.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/site/markdown/guide.md' : location
assert location.region.startLine == 7 : location

String md = new File(basedir, 'target/hydra/report.md').getText('UTF-8')
assert md.contains('(src/site/markdown/guide.md:7)') : md
String log = new File(basedir, 'build.log').text
assert log.contains('(src/site/markdown/guide.md:7)') : 'the build log names the line to fix beside the page'
return true
