import groovy.json.JsonSlurper

// Each POM URL is a link of the POM that declares it: this project's pom.xml at its line, the reactor parent's file
// for a module, and a parent from the local repository by its coordinates.
try {
    def links = { String folder -> new JsonSlurper().parse(new File(basedir, folder + 'target/hydra/report.json'), 'UTF-8').links }
    def top = links('')
    def module = links('module-a/')
    def find = { list, String path ->
        def found = list.find { it.url.startsWith('http://127.0.0.1:') && it.url.endsWith(path) }
        assert found != null : "${path} not in ${list*.url}"
        found
    }
    def lineOf = { String file, String text -> new File(basedir, file).readLines().findIndexOf { it.contains(text) } + 1 }

    def org = find(top, '/org-gone')
    assert org.result == 'broken' && org.status == 404
    assert org.sources == [[page: '/pom.xml', line: lineOf('pom.xml', '/org-gone'), sourceFile: 'pom.xml',
                            sourceLine: lineOf('pom.xml', '/org-gone')]] : org.sources
    assert find(top, '/issues').result == 'ok'
    assert find(top, '/license').result == 'ok'
    def ci = find(top, '/ci-gone')
    assert ci.result == 'broken'
    assert ci.sources*.page == ['dev.hydra.it:pom-urls-ext-parent:1.0'] : ci.sources
    assert ci.sources[0].line == lineOf('ext-parent/pom.xml', '/ci-gone')
    def developer = top.find { it.url == '${undefined.home}/ann' }
    assert developer?.kind == 'unresolved-placeholder' : "${top*.url}"
    assert developer.sources[0].page == '/pom.xml'

    // the module inherits the organization from the reactor's parent: named at that file, not at the module's
    def inherited = find(module, '/org-gone')
    assert inherited.result == 'broken'
    assert inherited.sources*.page == ['/pom.xml'] : inherited.sources
    // SARIF points at pom.xml and its line; a parent from the local repository is named in the message, as no file
    def sarif = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.sarif'), 'UTF-8').runs[0].results
    def orgFinding = sarif.find { it.message.text.contains('/org-gone') }
    assert orgFinding.locations[0].physicalLocation.artifactLocation.uri == 'pom.xml'
    assert orgFinding.locations[0].physicalLocation.region.startLine == lineOf('pom.xml', '/org-gone')
    def ciFinding = sarif.find { it.message.text.contains('/ci-gone') }
    assert ciFinding.locations == null && ciFinding.message.text.contains('dev.hydra.it:pom-urls-ext-parent:1.0:')
    return true
} finally {
    System.properties.remove('hydra.it.pom-urls.server')?.stop(0)
}
