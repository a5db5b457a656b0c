import groovy.json.JsonSlurper

// mvn -pl module-a site verify: only module A's site is built, so it is checked alone, at its path. Links into the
// parent's and module B's sites are not judged as missing: they are skipped as sites this build did not make. A's
// own dead link fails the build, and the report is at the execution root.
def report = new JsonSlurper().parseText(new File(basedir, 'target/hydra/report.json').text)
assert report.links.findAll { it.result == 'broken' }*.url == ['/module-a/faq.html'] : report.links
def notBuilt = report.links.findAll { it.kind == 'site-not-built' }
assert notBuilt*.url.containsAll(['/index.html', '/components/module-b/notes.html#api', '/components/module-b/missing.html']) : notBuilt*.url
assert notBuilt.every { it.result == 'skipped' && it.reason.contains('without -pl') }
assert !new File(basedir, 'components/beta/target/site').exists() : 'module B was not built'
// the source of A's dead link is named from the top folder Maven runs in, as in a build of the whole reactor
def faq = report.links.find { it.url == '/module-a/faq.html' }
assert faq.sources.collect { "${it.sourceFile}:${it.sourceLine}".toString() } == ['module-a/src/site/markdown/usage.md:7'] : faq
return true
