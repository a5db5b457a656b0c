import groovy.json.JsonSlurper

// Six dead links, each marked where it is written: three in the HTML site (an element and a parent with
// data-hydra-ignore) and three in the README (hydra-ignore and a start/end pair). None is requested, none fails
// the build, and the summary line counts them.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains(' 0 broken, ')
assert log.contains('6 excluded (6 ignored where written)')
def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'))
def ignored = report.links.findAll { it.kind == 'ignored' }
assert ignored*.url.sort() == ['/docs/next-release.md', '/docs/old-install.md', '/docs/old-upgrade.md',
                               '/draft.html', '/old/one.html', '/old/two.png']
assert ignored.every { it.result == 'excluded' }
assert ignored.every { it.reason == 'ignored where it is written (data-hydra-ignore / hydra-ignore)' }
return true
