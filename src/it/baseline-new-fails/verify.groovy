import groovy.json.JsonSlurper

// One dead link is new: the build fails on it alone; the two the baseline lists are known, not in the failure.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('; baseline: 2 known, 0 fixed')
String failure = log.substring(log.indexOf('Hydra found dead links.'))
assert failure.contains('1 broken link not in the baseline:')
assert failure.contains('/new-page.html : file not found in site directory')
assert !failure.contains('/missing.html')
assert !failure.contains('/img/none.png')
def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'))
assert report.summary.broken == 3
assert report.baseline.known.size() == 2
String junit = new File(basedir, 'target/hydra/TEST-hydra.xml').text
assert junit.count('<failure') == 1
assert junit.contains('/new-page.html')
return true
