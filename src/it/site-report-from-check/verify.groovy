// The site's Dead Links page lists every broken link with its page, escapes markup from crawled pages,
// and the check wrote the CI formats beside report.json.
File page = new File(basedir, 'target/site/hydra.html')
assert page.isFile() : 'no target/site/hydra.html'
String html = page.getText('UTF-8')
assert html.contains('Dead Links')
assert html.contains('Results of hydra:check')
assert html.contains('/missing.html')
assert html.contains('/img/logo.png')
assert html.contains('#no-such-part')
assert html.contains('<th>Kind</th>')
assert html.contains('File not found') && html.contains('Anchor not found') : 'the kind of each dead link'
assert html.contains('>/ (')   // a page heading with its count
assert html.contains('/about.html (')
assert html.contains('<svg')            // the summary bar
assert !html.contains('<script>alert(1)') : 'markup from a crawled page must be escaped'
assert html.contains('&lt;script&gt;alert(1)&lt;/script&gt;') || html.contains('%3Cscript%3E')

File hydra = new File(basedir, 'target/hydra')
assert new File(hydra, 'report.json').isFile()
String md = new File(hydra, 'report.md').getText('UTF-8')
assert md.contains('/missing.html')
String junit = new File(hydra, 'TEST-hydra.xml').getText('UTF-8')
assert junit.contains('<testcase name="/missing.html" classname="/"')
assert junit.contains('<failure message=')
File summary = new File(basedir, 'step-summary.md')
assert summary.isFile() && summary.getText('UTF-8').contains('/missing.html') : 'report.md appended to GITHUB_STEP_SUMMARY'

// The site lists the report under Project Reports, linked by its title
File reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile() : 'no target/site/project-reports.html: the report is not in the Project Reports category'
assert reports.getText('UTF-8').contains('<a href="hydra.html">Dead Links</a>') : reports.getText('UTF-8')
return true
