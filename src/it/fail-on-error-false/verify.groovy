import groovy.json.JsonSlurper

// failOnError=false: the same dead links are logged as warnings, and the build passes.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] 3 broken links:')
assert log.contains('/missing.html : file not found in site directory')
assert log.contains('/img/missing.png : file not found in site directory')
assert log.contains('/about.html#team : anchor #team not found on the page')
assert log.contains('on /about.html:7')

def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'))
assert report.summary.broken == 3
assert report.links.findAll { it.result == 'broken' }*.url == ['/about.html#team', '/img/missing.png', '/missing.html']
return true
