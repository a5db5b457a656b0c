// Without report.json from hydra:check, the Dead Links page runs the check itself and lists what it found.
File page = new File(basedir, 'target/site/hydra.html')
assert page.isFile() : 'no target/site/hydra.html'
String html = page.getText('UTF-8')
assert html.contains('There were no results from hydra:check')
assert html.contains('The report ran the check itself')
assert html.contains('/missing.html')
assert html.contains('/img/logo.png')
assert !html.contains('<script>alert(1)')
assert !new File(basedir, 'target/hydra/report.json').exists() : 'the report does not write the check goal\'s results'
return true
