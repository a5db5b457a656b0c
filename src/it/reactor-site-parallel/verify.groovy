import groovy.json.JsonSlurper

// mvn -T 4 site verify on a reactor without dead links: whichever module's check runs last checks the staged site
// once, with module B staged under components/module-b/ (its folder is components/beta) and a module without a site.
def report = new JsonSlurper().parseText(new File(basedir, 'target/hydra/report.json').text)
assert report.summary.broken == 0 : report.links.findAll { it.result == 'broken' }
def ok = report.links.findAll { it.result == 'ok' }*.url
assert ok.contains('/components/module-b/notes.html#api') : ok
assert ok.contains('/module-a/usage.html') : ok
assert report.links.every { it.url != '/no-site/' && !it.url.startsWith('/tools/') } : 'the module without a site is in no menu'
assert new File(basedir, 'module-a/target/hydra/report.json').isFile()
// each project's files chosen by <files> are checked with the staged site, named from the top folder
assert ok.contains('/README.md#reactor') : ok
assert ok.contains('/module-a/README.md') : ok

String log = new File(basedir, 'build.log').text
assert log.count('checking the reactor\'s site, 3 module sites') == 1 : 'one check of the staged site, not one per module'
assert log.contains('no-site has no site in') : 'the module without a site is named'
return true
