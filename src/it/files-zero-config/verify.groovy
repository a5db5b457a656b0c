import groovy.json.JsonSlurper

// With no configuration at all, check reads the project's Markdown, says which files, and fails on exactly its
// two dead links, each shown from the base directory with the file and line that hold it.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Hydra: checking 2 files: README.md, docs/guide.md (under ')
assert log.contains('2 broken links')
assert log.contains('/docs/upgrade.md : file not found: docs/upgrade.md')
assert log.contains('on /README.md:7')
assert log.contains('/docs/guide.md#tables : anchor #tables not found on the page')
assert log.contains('on /docs/guide.md:10')

def report = new JsonSlurper().parse(new File(basedir, 'target/hydra/report.json'))
def broken = report.links.findAll { it.result == 'broken' }
assert broken*.url == ['/docs/guide.md#tables', '/docs/upgrade.md']
assert broken*.kind == ['missing-anchor', 'missing-file']
def ok = report.links.findAll { it.result == 'ok' }*.url
assert ok.containsAll(['/docs/guide.md', '/docs/guide.md#set-it-up', '/docs/guide.md#options--flags',
                       '/README.md#zero-configuration'])
assert !report.links.any { it.url.contains('not-checked') } : 'a link in a code block is not a link'
return true
