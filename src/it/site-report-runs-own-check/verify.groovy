// Without report.json from hydra:check, the Dead Links page runs the check itself and lists what it found.
File page = new File(basedir, 'target/site/hydra.html')
assert page.isFile() : 'no target/site/hydra.html'
String html = page.getText('UTF-8')
assert html.contains('There were no results from hydra:check')
assert html.contains('The report ran the check itself')
assert html.contains('/chapters/setup.html')
assert html.contains('/diagram.svg')
String broken = html.substring(html.indexOf('Broken links ('), html.indexOf('Warnings ('))
assert broken.contains('/chapters/setup.html')
assert !broken.contains('#install') : 'a present anchor is not broken'
assert !new File(basedir, 'target/hydra/report.json').exists() : 'the report does not write the check goal\'s results'
return true
