import groovy.json.JsonSlurper

// hydra:baseline in a reactor writes one baseline of the staged site, at the top, with pages as staged paths; the
// reactor's check reads it, so the same dead links are known and the build passes.
File baseline = new File(basedir, 'hydra-baseline.txt')
assert baseline.isFile() : 'the reactor has one baseline, at the top'
def entries = baseline.readLines().findAll { it && !it.startsWith('#') }
assert entries.size() == 5 : entries
assert entries.contains('/module-a/faq.html\t/module-a/usage.html') : entries
assert !new File(basedir, 'module-a/hydra-baseline.txt').exists() : 'no baseline per module'

def report = new JsonSlurper().parseText(new File(basedir, 'target/hydra/report.json').text)
assert report.baseline.known.size() == 5 : report.baseline
return true
