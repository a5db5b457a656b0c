import groovy.json.JsonSlurper

// Built in parallel, each module checked its own site: its own report, its own broken link, nothing of the other.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def alpha = new JsonSlurper().parse(new File(basedir, 'alpha/target/hydra/report.json'))
def beta = new JsonSlurper().parse(new File(basedir, 'beta/target/hydra/report.json'))
assert alpha.links.findAll { it.result == 'broken' }*.url == ['/alpha-gone.html']
assert beta.links.findAll { it.result == 'broken' }*.url == ['/beta-gone.html']
assert alpha.summary.pages == 1
assert beta.summary.pages == 2
assert !alpha.links*.url.contains('/beta-gone.html')
assert !beta.links*.url.contains('/alpha-gone.html')
return true
