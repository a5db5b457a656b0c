// mvn site alone in a reactor, Hydra only under <reporting>: each Dead Links page judges its own project's site at
// its place in the staged site, as mvn site writes it. The parent's site is written before its modules', so links
// into them, and the module's links to the parent, are not judged; no menu is a false alarm.
def broken = { String folder ->
    String html = new File(basedir, "${folder}target/site/hydra.html").getText('UTF-8')
    assert html.contains('Checked during mvn site') : html
    int from = html.indexOf('Broken links (')
    return html.substring(from, html.indexOf('Warnings (', from))
}
String parent = broken('')
assert parent.startsWith('Broken links (1 on 1 page)') : parent.take(400)
assert parent.contains('/gone.html')
assert !parent.contains('/module-a/') : parent

String moduleA = broken('module-a/')
assert moduleA.startsWith('Broken links (1 on 1 page)') : moduleA.take(400)
assert moduleA.contains('/module-a/missing.html')
assert moduleA.contains('<a href="./">/module-a/</a>') : moduleA
return true
