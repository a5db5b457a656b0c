import groovy.json.JsonSlurper

// Each project reads its own files and leaves its modules' folders to them: every file is read once. A module's
// links are rooted at the top folder, so alpha's ../README.md reaches the parent's README.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def pagesOf = { String module ->
    def report = new JsonSlurper().parse(new File(basedir, module + 'target/hydra/report.json'))
    assert report.summary.broken == 0 : module + ': ' + report.links.findAll { it.result != 'ok' }
    report.links*.sources.flatten()*.page.unique().sort()
}
assert pagesOf('') == ['/README.md']
assert pagesOf('alpha/') == ['/alpha/README.md'] : 'shown from the top folder, as on GitHub'
assert pagesOf('beta/') == ['/beta/docs/notes.md']
return true
