// mvn -N site, Hydra only under <reporting>: the session holds the parent only, so the module sites are never written
// in this build. The Dead Links page lists the parent's own dead link, not its links into the module sites; one
// warning names the modules left out.
String html = new File(basedir, 'target/site/hydra.html').getText('UTF-8')
assert html.contains('Checked during mvn site') : html
int from = html.indexOf('Broken links (')
String broken = html.substring(from, html.indexOf('Warnings (', from))
assert broken.startsWith('Broken links (1 on 1 page)') : broken.take(400)
assert broken.contains('/missing-parent.html')
assert !broken.contains('module-a/') && !broken.contains('module-b/') : broken

String log = new File(basedir, 'build.log').text
def warning = '[WARNING] Hydra: 2 module sites are not in this build (-N, -pl, -am, -rf): module-a (/module-a/), module-b (/components/module-b/); links into them are reported as site-not-built'
assert log.count(warning) == 1 : log
assert !new File(basedir, 'module-a/target/site').exists() : 'module A was not built'
return true
