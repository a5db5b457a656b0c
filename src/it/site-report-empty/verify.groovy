// Nothing checked and nothing configured: the page exists and says why, never an empty report: in mvn site (a site
// without pages) and with hydra:report alone.
File page = new File(basedir, 'target/site/hydra.html')
assert page.isFile() : 'no target/site/hydra.html'
String html = page.getText('UTF-8')
assert html.contains('No link check results to show.')
assert html.contains('has no index.html')
assert html.contains('neither url nor directory is configured')
assert html.contains('run hydra:check in the same build (mvn verify site)')

File alone = new File(basedir, 'target/alone/hydra.html')
assert alone.isFile() : 'no target/alone/hydra.html'
String aloneHtml = alone.getText('UTF-8')
assert aloneHtml.contains('No link check results to show.')
assert aloneHtml.contains('neither url nor directory is configured')
assert aloneHtml.contains('run the report in mvn site, which checks the site it generates')
assert !aloneHtml.contains('has no index.html') : 'alone, the report does not judge the site folder'

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('neither url nor directory is configured') : 'the build log says it too'
return true
