import groovy.json.JsonSlurper

// mvn site verify with the check in the parent: the parent's and the modules' sites are checked once, as site:stage
// lays them out (module B's folder is components/beta, its site path components/module-b/), after the last module.
// Every dead link of the staged site is reported once, on the page that holds it and with the source line behind it;
// the skin's menus (parent, modules) and the links between modules raise no false alarm.
def report = new JsonSlurper().parseText(new File(basedir, 'target/hydra/report.json').text)
def broken = report.links.findAll { it.result == 'broken' }
def found = broken.collectEntries { link ->
    assert link.sources.size() == 1 : link
    def place = link.sources[0]
    [(link.url): "${place.page} ${place.sourceFile}:${place.sourceLine}".toString()]
}
def expected = [
    '/missing-parent.html'                       : '/ src/site/markdown/index.md:6',
    '/components/module-b/notes.html#gone'       : '/ src/site/markdown/index.md:8',
    '/components/module-b/missing.html'          : '/module-a/usage.html module-a/src/site/markdown/usage.md:5',
    '/module-a/faq.html'                         : '/module-a/usage.html module-a/src/site/markdown/usage.md:7',
    '/module-a/usage.html#nope'                  : '/components/module-b/notes.html components/beta/src/site/markdown/notes.md:7',
]
assert found == expected : "dead links of the staged site:\n${found}\nexpected:\n${expected}"
def kinds = broken.collectEntries { [(it.url): it.kind] }
assert kinds['/components/module-b/notes.html#gone'] == 'missing-anchor'
assert kinds['/module-a/faq.html'] == 'missing-file'

// links between module sites and the skin's menus resolve
def ok = report.links.findAll { it.result == 'ok' }*.url
['/components/module-b/notes.html#api', '/module-a/', '/components/module-b/', '/'].each { url ->
    assert ok.contains(url) || ok.contains(url + 'index.html') : "${url} is not OK: ${report.links.find { it.url == url }}"
}

// one report, at the execution root; each module's report.json holds its own part for hydra:report
def partA = new JsonSlurper().parseText(new File(basedir, 'module-a/target/hydra/report.json').text)
assert partA.links.findAll { it.result == 'broken' }*.url.sort() == ['/components/module-b/missing.html', '/module-a/faq.html']
assert partA.links.every { link -> link.sources.every { it.page.startsWith('/module-a/') } }
assert !new File(basedir, 'module-a/target/hydra/report.sarif').exists() : 'the reactor has one set of reports'
def partB = new JsonSlurper().parseText(new File(basedir, 'components/beta/target/hydra/report.json').text)
assert partB.links.findAll { it.result == 'broken' }*.url == ['/module-a/usage.html#nope']

String log = new File(basedir, 'build.log').text
assert log.count('[ERROR] Failed to execute goal') == 1 : 'the build fails once, not once per module'
assert log.count('Hydra checked ') == 1 : 'one check of the staged site'
assert log.contains('checked as /module-a/ of the reactor\'s staged site')

// SARIF and GitHub annotations point at the Markdown line of each module, named from the top folder
def sarif = new JsonSlurper().parseText(new File(basedir, 'target/hydra/report.sarif').text)
def faq = sarif.runs[0].results.find { it.message.text.startsWith('/module-a/faq.html') }
assert faq.locations[0].physicalLocation.artifactLocation.uri == 'module-a/src/site/markdown/usage.md' : faq
assert faq.locations[0].physicalLocation.region.startLine == 7 : faq
assert log.contains('::error file=module-a/src/site/markdown/usage.md,line=7,') : 'an annotation on the line to fix'
assert log.contains('::error file=components/beta/src/site/markdown/notes.md,line=7,')
assert log.count('::error file=') == 5 : 'one annotation per dead link place'
return true
