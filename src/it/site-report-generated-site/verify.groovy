// mvn site alone, Hydra only under <reporting>: the Dead Links page judges the site this command generates, its
// content pages as they are and the report pages the site renders after Hydra's own as pages to come.
File page = new File(basedir, 'target/site/hydra.html')
assert page.isFile() : 'no target/site/hydra.html'
String html = page.getText('UTF-8')
assert html.contains('the site this build generates') : 'the page says what it checked'
String broken = html.substring(html.indexOf('Broken links ('), html.indexOf('Warnings ('))
assert broken.startsWith('Broken links (2 ') : broken.take(200)
assert broken.contains('/gone.html')
assert broken.contains('/guide.html#nope')
['hydra.html', 'project-reports.html', 'project-info.html', 'summary.html', 'css/', 'images/'].each {
    assert !broken.contains(it) : "${it} is a false alarm:\n${broken}"
}
// the page holding the dead links is a link to that page, relative so that it works on the published site
assert broken.contains('<a href="./">/</a>') || broken.contains('<a href="index.html">/</a>') : broken

// each dead link is traced to the Markdown line that holds it
assert broken.contains('src/site/markdown/index.md:4') : broken

// every report page of the site exists once mvn site is done
['hydra.html', 'project-reports.html', 'project-info.html', 'summary.html', 'guide.html'].each {
    assert new File(basedir, "target/site/${it}").isFile() : "no target/site/${it}"
}
assert !new File(basedir, 'target/hydra/report.json').exists() : 'the report does not write the check goal\'s results'
return true
