import groovy.json.JsonSlurper

// Six public hosts, none reachable: the build passes, says once that the network looks unreachable and what to do,
// and reports the links as warnings of kind no-network, not as broken.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
int said = log.count('network looks unreachable')
assert said == 1 : "said ${said} times:\n${log}"
assert log.contains('mvn -o') && log.contains('settings.xml')
def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'), 'UTF-8')
def external = report.links.findAll { it.url.contains('.invalid') }
assert external.size() == 6 : report.links
external.each { link ->
    assert link.result == 'warning' && link.kind == 'no-network' : link
}
assert report.summary.broken == 0
return true
