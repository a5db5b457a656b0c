import groovy.json.JsonSlurper

// /img/none.png is gone from the site, so its entry is fixed: the build passes and names the exact line to delete.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('; baseline: 1 known, 1 fixed')
assert log.contains('1 baseline entry is no longer broken: delete this line from ')
assert log.contains('  line 5: /img/none.png\t/about.html')
def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'))
assert report.baseline.fixed == [[url: '/img/none.png', page: '/about.html', line: 5]]
assert report.baseline.known == [[url: '/missing.html', page: '/']]
String markdown = new File(basedir, 'target/hydra/report.md').text
assert markdown.contains('/img/none.png\t/about.html')
return true
