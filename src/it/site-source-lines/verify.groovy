import groovy.json.JsonSlurper

// Every dead link is reported with the source line that writes it, in each Doxia format; a menu link with the line of
// the project's site.xml that declares it; the menu the parent's site.xml adds with a note, never a content page.
File reportFile = new File(basedir, 'target/hydra/report.json')
assert reportFile.isFile() : 'no report.json: the check did not run after the site'
def report = new JsonSlurper().parseText(reportFile.text)
def broken = report.links.findAll { it.result == 'broken' }

// every named line exists from the top folder and writes the link: every page is at the site's root, so the link as
// the source writes it is the URL without its leading slash, inside the syntax of a link
int named = 0
broken.each { link ->
    link.sources.each { place ->
        if (place.sourceFile == null) {
            return
        }
        named++
        File file = new File(basedir, place.sourceFile)
        assert file.isFile() : "${place.sourceFile} of ${link.url} does not exist"
        def lines = file.readLines('UTF-8')
        assert place.sourceLine > 0 && place.sourceLine <= lines.size() : place
        String line = lines[place.sourceLine - 1]
        String written = link.url.substring(1)
        def forms = ["](${written})", "](${written} ", "{{{./${written}}", "{{{${written}}", "href=\"${written}\"",
                     "<${written}>"]*.toString()
        assert forms.any { line.contains(it) } : "${place.sourceFile}:${place.sourceLine} does not write ${link.url}: ${line}"
    }
}

def found = broken.collectEntries { link ->
    [(link.url): link.sources.collect { place ->
        "${place.page} ${place.sourceFile != null ? place.sourceFile + ':' + place.sourceLine : place.sourceNote}".toString()
    }]
}
println "Places of the dead links: ${found}"
def expected = [
    '/gone-md.html'         : ['/ src/site/markdown/index.md:5', '/ src/site/markdown/index.md:9'],
    '/gone-md.html#part'    : ['/ src/site/markdown/index.md:5'],
    '/gone-apt.html'        : ['/notes.html src/site/apt/notes.apt:7', '/notes.html src/site/apt/notes.apt:11'],
    '/gone-xdoc.html'       : ['/legacy.html src/site/xdoc/legacy.xml:9'],
    '/legacy/gone-menu.html': ['/legacy.html src/site/xdoc/legacy.xml:8'],
    '/gone-fml.html'        : ['/faq.html src/site/fml/faq.fml:11'],
    '/gone-xhtml.html'      : ['/page.html src/site/xhtml/page.xhtml:7'],
    '/missing.html'         : ['/guide.html src/site/markdown/guide.md:7'],
]
expected.each { url, places -> assert found[url] == places : "${url}: ${found[url]}, expected ${places}" }

// the menu and the breadcrumbs the project's site.xml declares, on every page: its line, never a content page (the
// xdoc page writes legacy/gone-menu.html, with the menu link's last part)
String inherited = "from the parent's site descriptor, a generated menu or the skin"
['/gone-menu.html': 'src/site/site.xml:17', '/gone-crumb.html': 'src/site/site.xml:12', '/gone-inherited.html': inherited]
        .each { url, source ->
            assert found[url].size() == 6 && found[url].every { it.endsWith(' ' + source) } : "${url}: ${found[url]}"
        }
assert named >= 20 : "${named} places named a source"

def sarif = new JsonSlurper().parseText(new File(basedir, 'target/hydra/report.sarif').text)
def location = sarif.runs[0].results.find { it.message.text.startsWith('/missing.html') }.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/site/markdown/guide.md' : location
assert location.region.startLine == 7 : location
def menu = sarif.runs[0].results.find { it.message.text.startsWith('/gone-menu.html') }.locations[0].physicalLocation
assert menu.artifactLocation.uri == 'src/site/site.xml' && menu.region.startLine == 17 : menu
def fromParent = sarif.runs[0].results.findAll { it.message.text.startsWith('/gone-inherited.html') }
assert fromParent.size() == 6 && fromParent.every { it.locations == null && it.message.text.contains(inherited) } : fromParent

String md = new File(basedir, 'target/hydra/report.md').getText('UTF-8')
assert md.contains('(src/site/markdown/guide.md:7)') : md
String log = new File(basedir, 'build.log').text
assert log.contains('(src/site/markdown/guide.md:7)') : 'the build log names the line to fix beside the page'
assert log.contains('::error file=src/site/apt/notes.apt,line=11,title=Dead link::/gone-apt.html')
assert log.contains('::error file=src/site/site.xml,line=17,title=Dead link::/gone-menu.html')
assert log =~ /::error title=Dead link::\/gone-inherited.html: [^\n]*\(on \/faq.html:\d+, from the parent's site descriptor/
return true
