import groovy.json.JsonSlurper

// No pom.xml: the goal runs on its own and writes its report into target/hydra/ of the folder Maven ran in.
assert !new File(basedir, 'pom.xml').exists()
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
File reportFile = new File(basedir, 'target/hydra/report.json')
assert reportFile.isFile() : 'report.json goes to target/hydra/ of the current folder'
def report = new JsonSlurper().parse(reportFile)
assert report.summary.pages == 3
assert report.summary.broken == 0
assert report.links.find { it.url == '/docs/install.html#requirements' }?.result == 'ok'
return true
