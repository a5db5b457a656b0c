import groovy.json.JsonSlurper

// mvn -N site verify: the session holds the parent only, so only its site is made. The links of its pages and its
// Modules menu into the module sites are not judged as missing: they are skipped as sites this build did not make,
// at the paths site:stage gives the modules (module B inherits the site URL as components/module-b/). The parent's
// own dead link still fails the build. A module whose POM cannot be read stands at its folder's name.
def report = new JsonSlurper().parseText(new File(basedir, 'target/hydra/report.json').text)
assert report.links.findAll { it.result == 'broken' }*.url == ['/missing-parent.html'] : report.links
def notBuilt = report.links.findAll { it.kind == 'site-not-built' }
assert notBuilt*.url.containsAll(['/module-a/index.html', '/module-a/usage.html', '/components/module-b/notes.html#api', '/legacy/index.html']) : notBuilt*.url
assert notBuilt.every { it.result == 'skipped' } : notBuilt
assert !report.links.any { it.kind == 'missing-file' && it.url != '/missing-parent.html' } : report.links
assert !new File(basedir, 'module-a/target/site').exists() : 'module A was not built'

String log = new File(basedir, 'build.log').text
def warning = '[WARNING] Hydra: 3 module sites are not in this build (-N, -pl, -am, -rf): module-a (/module-a/), module-b (/components/module-b/), legacy (/legacy/); links into them are reported as site-not-built'
assert log.count(warning) == 1 : log
// a module POM Maven cannot read is named, and taken to stand at its folder's name
assert log.count('[WARNING] Hydra: cannot read the POM of the module legacy of site-modules-not-in-session') == 1 : log
assert log.contains('BUILD FAILURE')
return true
