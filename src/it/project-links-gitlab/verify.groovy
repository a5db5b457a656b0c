import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'), 'UTF-8')
def link = { String url ->
    def found = report.links.find { it.url == url }
    assert found != null : "${url} not in report.json: ${report.links*.url}"
    found
}
def branch = 'https://gitlab.com/group/sub/lib/-/blob/release/2.x'
def setup = link("${branch}/docs/guide.md#setup")
assert setup.result == 'ok' && setup.judgedAs == '/docs/guide.md#setup'
assert link('https://gitlab.com/group/sub/lib/-/tree/release/2.x/docs').result == 'ok'
assert link('https://gitlab.com/group/sub/lib/-/raw/release/2.x/docs/guide.md').result == 'ok'
assert link("${branch}/docs/guide.md#L2-5").result == 'ok'
def past = link("${branch}/docs/guide.md#L4-9")
assert past.result == 'broken' && past.reason == 'line 9 not found: the file has 5 lines' : past
def gone = link("${branch}/docs/gone.md")
assert gone.result == 'broken' && gone.reason.startsWith('not in this checkout: docs/gone.md (linked as ')
// another branch is another state of the files: an external link, not checked here (skipExternal)
assert link('https://gitlab.com/group/sub/lib/-/blob/main/docs/guide.md').kind == 'external-not-checked'
// checkPomUrls=false: the POM's organization URL is no link of the check; the README's link is its only place
assert report.links.every { it.sources.every { source -> source.page != '/pom.xml' } } : report.links
assert gone.sources*.page == ['/README.md']
assert report.settings.repository == 'https://gitlab.com/group/sub/lib'
return true
