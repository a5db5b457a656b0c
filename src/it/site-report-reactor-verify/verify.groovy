import groovy.json.JsonSlurper

// mvn site verify, check in the parent's <build>, report in its <reporting>: each project's Dead Links page was
// rendered before the reactor's staged check ran; the check wrote its part of the results into every page, so each
// page shows this build's check, counts exactly its own module's dead links, and agrees with its report.json.
def section = { String folder ->
    File page = new File(basedir, "${folder}target/site/hydra.html")
    assert page.isFile() : "no ${page}"
    String html = page.getText('UTF-8')
    assert html.contains('The part of the reactor\'s check in this build') : "${page} does not show the staged check"
    assert html.count('hydra:dead-links-begin') == 1
    int from = html.indexOf('Broken links (')
    return html.substring(from, html.indexOf('Warnings (', from))
}
def brokenUrls = { String folder ->
    def report = new JsonSlurper().parseText(new File(basedir, "${folder}target/hydra/report.json").text)
    report.links.findAll { it.result == 'broken' }.collect { it.url }.sort()
}

String parent = section('')
assert parent.startsWith('Broken links (1 on 1 page)') : parent.take(300)
assert parent.contains('/module-b/gone.html')
assert parent.contains('<a href="./">/</a>') : 'the page holding the dead link, relatively: ' + parent

String moduleA = section('module-a/')
assert moduleA.startsWith('Broken links (2 on 1 page)') : moduleA.take(300)
assert moduleA.contains('/module-a/missing.html')
assert moduleA.contains('/module-b/notes.html#nope')
assert moduleA.contains('<a href="./">/module-a/</a>') : 'the module page, relative to the module: ' + moduleA
assert !moduleA.contains('/module-b/gone.html')
assert brokenUrls('module-a/') == ['/module-a/missing.html', '/module-b/notes.html#nope'] : 'the page agrees with report.json'

String moduleB = section('module-b/')
assert moduleB.startsWith('Broken links (0 on 0 pages)') : moduleB.take(300)
assert brokenUrls('module-b/') == []

// the reactor's report holds every dead link once
assert brokenUrls('') == ['/module-a/missing.html', '/module-b/gone.html', '/module-b/notes.html#nope']
String log = new File(basedir, 'build.log').text
assert log.count('Hydra checked ') >= 1
assert log.count('results written into the site\'s Dead Links page') == 3
return true
