import groovy.json.JsonSlurper

// The archive folder is left out, so its dead link does not count; the pattern that matched nothing is a warning.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Hydra: checking 2 files: README.md, docs/current.md (under ')
assert log.contains("[WARNING] Hydra: the file pattern 'manual/**/*.adoc' matched no file under ")

def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'))
assert report.summary.pages == 2
assert report.summary.broken == 0
assert report.links.find { it.url == '/docs/old/legacy.md' }.result == 'ok' : 'an excluded file can still be linked'
assert !report.links.any { it.url.contains('gone.md') } : 'the excluded file was not read for links'
return true
