// Nothing checked and nothing configured: the page exists and says why, never an empty report.
File page = new File(basedir, 'target/site/hydra.html')
assert page.isFile() : 'no target/site/hydra.html'
String html = page.getText('UTF-8')
assert html.contains('No link check results to show.')
assert html.contains('neither url nor directory is configured')
assert html.contains('Run hydra:check before mvn site')
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('neither url nor directory is configured') : 'the build log says it too'
return true
