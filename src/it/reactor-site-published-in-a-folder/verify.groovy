import groovy.json.JsonSlurper

// A site published at https://docs.example.org/org/proj/ is judged as published there: links that climb to the
// organisation's site (the banner's and menu's ../../org/, which the site plugin copies unchanged into the modules'
// pages, where they lead to /org/org/) and the Markdown page's root-absolute /ref/... leave the site, so they are
// external (skipped here), never missing files. A page no link reaches (download.html) is judged too.
def links(String path) {
    new JsonSlurper().parseText(new File(basedir, path).text).with { [it, it.links] }
}
def (whole, wholeLinks) = links('target/hydra/report.json')
def brokenOf = { list -> list.findAll { it.result == 'broken' }.collectEntries { [(it.url): it.sources*.page.sort()] } }
assert brokenOf(wholeLinks) == [
    '/module-b/gone.html'  : ['/module-a/'],
    '/releases/1.0.html'   : ['/download.html'],
] : brokenOf(wholeLinks)

def outside = wholeLinks.findAll { it.url.startsWith('https://docs.example.org/') }
assert outside*.url.sort() == [
    'https://docs.example.org/org/',
    'https://docs.example.org/org/org/',
    'https://docs.example.org/ref/current/maven-model/maven.html',
] : outside*.url
assert outside.every { it.result == 'skipped' && it.kind == 'external-not-checked' } : outside
def org = outside.find { it.url == 'https://docs.example.org/org/' }
assert org.sources*.page.unique() == ['/', '/download.html'] : org.sources
def orgFromModules = outside.find { it.url == 'https://docs.example.org/org/org/' }
assert orgFromModules.sources*.page.unique() == ['/module-a/', '/module-b/', '/module-b/usage.html'] : orgFromModules.sources
assert !wholeLinks.any { it.kind == 'outside-site' || it.kind == 'site-not-built' } : wholeLinks
['/module-b/usage.html#Setup', '/module-a/', '/index.html', '/module-a/index.html'].each { url ->
    assert wholeLinks.find { it.url == url }?.result == 'ok' : "${url}: ${wholeLinks.find { it.url == url }}"
}
assert whole.summary.pages == 5 : 'index, download (reached by no link), module A, module B and its usage'

String log = new File(basedir, 'build.log').text
assert log.contains('Hydra: the site is judged as published at https://docs.example.org/org/proj/ (proj\'s <url>)')
assert log.contains('To check the whole site again: mvn site verify in ')

// -pl module-a -am: the parent's and module A's sites are made, module B's is not: links into it are not checked,
// and one warning names it
def (some, someLinks) = links('target/hydra-pl/report.json')
assert brokenOf(someLinks) == ['/releases/1.0.html': ['/download.html']] : brokenOf(someLinks)
def notBuilt = someLinks.findAll { it.kind == 'site-not-built' }*.url.sort()
// the content's links into module B (the parent's "Modules" menu lists B only when the site plugin finds it)
assert notBuilt.containsAll(['/module-b/gone.html', '/module-b/usage.html', '/module-b/usage.html#Setup']) : notBuilt
assert notBuilt.every { it.startsWith('/module-b/') } : notBuilt
assert someLinks.findAll { it.kind == 'site-not-built' }.every { it.result == 'skipped' }
assert some.summary.pages == 3 : 'index, download and module A'
def warning = '[WARNING] Hydra: 1 module site is not in this build (-N, -pl, -am, -rf): module-b (/module-b/); links into'
assert log.count(warning) == 1 : 'one warning names the module sites left out'
return true
