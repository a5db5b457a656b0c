import groovy.json.JsonSlurper

// The goal named on the command line runs once for the reactor, at the top: it reads the parent's and every
// module's Markdown (each file once), with links rooted at the top folder, and writes one report there.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Hydra: checking 3 files') : 'the modules\' files are read too'
def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'))
assert report.summary.broken == 0 : report.links.findAll { it.result != 'ok' }
assert report.links*.sources.flatten()*.page.unique().sort() == ['/README.md', '/alpha/README.md', '/beta/docs/notes.md']
assert !new File(basedir, 'alpha/target/hydra/report.json').exists() : 'one check, not one per module'
return true
