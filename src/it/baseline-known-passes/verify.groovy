import groovy.json.JsonSlurper

// Both dead links are in the baseline: the build passes, the summary counts them as known, and every report
// says so; the links themselves are still broken.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('2 broken, ')
assert log.contains('; baseline: 2 known, 0 fixed')
assert log.contains('2 known dead link places, listed in the baseline ')
def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'))
assert report.summary.broken == 2
assert report.baseline.file.endsWith('hydra-baseline.txt')
assert report.baseline.known == [[url: '/img/none.png', page: '/about.html'], [url: '/missing.html', page: '/']]
assert report.baseline.fixed == []
String markdown = new File(basedir, 'target/hydra/report.md').text
assert markdown.contains('## Hydra: no dead links (and 2 known from the baseline)')
assert markdown.contains('### Known broken links, listed in the baseline (2)')
String sarif = new File(basedir, 'target/hydra/report.sarif').text
assert sarif.count('"baselineState": "unchanged"') == 2
String junit = new File(basedir, 'target/hydra/TEST-hydra.xml').text
assert !junit.contains('<failure')
return true
