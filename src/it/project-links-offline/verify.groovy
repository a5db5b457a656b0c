import groovy.json.JsonSlurper

// Offline, every link to the project itself is judged on this checkout and its site, shown as written, with what it
// was judged as; links to another ref or another repository stay external, and are skipped offline.
def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'), 'UTF-8')
def link = { String url ->
    def found = report.links.find { it.url == url }
    assert found != null : "${url} not in report.json: ${report.links*.url}"
    found
}
def repo = 'https://github.com/example/lib'
assert link("${repo}/blob/main/docs/guide.md").result == 'ok'
assert link("${repo}/blob/main/docs/guide.md").judgedAs == '/docs/guide.md'
assert link("${repo}/blob/main/docs/guide.md#setup").result == 'ok'
assert link("${repo}/blob/main/docs/guide.md#L3").result == 'ok'
def gone = link("${repo}/blob/main/docs/gone.md")
assert gone.result == 'broken' && gone.kind == 'missing-file'
assert gone.reason == "not in this checkout: docs/gone.md (linked as ${repo}/blob/main/docs/gone.md)" : gone.reason
assert gone.sources[0].page == '/README.md' && gone.sources[0].line == 7
assert link("${repo}/blob/main/docs/guide.md#nope").kind == 'missing-anchor'
assert link("${repo}/blob/main/docs/guide.md#L300").kind == 'missing-anchor'
assert link("${repo}/tree/main/docs").result == 'ok'
assert link('https://raw.githubusercontent.com/example/lib/main/docs/guide.md').result == 'ok'
assert link("${repo}/blob/HEAD/docs/guide.md").result == 'ok'
assert link("${repo}/blob/v0.1/docs/guide.md").kind == 'external-not-checked'
assert link('https://github.com/example/other/blob/main/docs/guide.md').kind == 'external-not-checked'
// the site's public address is judged on the served copy (shown site-absolute, as links into it are)
assert link('/usage.html').result == 'ok'
assert link('/nope.html').result == 'broken'
def mirrored = link('https://mirror.example.net/lib/docs/guide.md#setup')
assert mirrored.result == 'ok' && mirrored.judgedAs == '/docs/guide.md#setup'
def none = link('https://mirror.example.net/lib/docs/none.md')
assert none.result == 'broken' && none.judgedAs == '/docs/none.md'
// a placeholder nobody filled in is reported as such
def placeholder = link('${project.url}')
assert placeholder.result == 'broken' && placeholder.kind == 'unresolved-placeholder'
// the POM's own URLs: its <url> is the site, checked on the served copy; the <scm> url is external, skipped
def scm = report.links.find { it.url == repo }
assert scm?.result == 'skipped' : "the scm url: ${scm}"
String md = new File(basedir, 'target/hydra/report.md').getText('UTF-8')
assert md.contains("${repo}/blob/main/docs/gone.md (judged as /docs/gone.md)")
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("${repo}/blob/main/docs/gone.md (judged as /docs/gone.md) : not in this checkout: docs/gone.md")
String junit = new File(basedir, 'target/hydra/TEST-hydra.xml').getText('UTF-8')
assert junit.contains("${repo}/blob/main/docs/gone.md (judged as /docs/gone.md)")
return true
