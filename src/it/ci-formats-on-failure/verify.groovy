// The build failed on the dead link, and every CI format was written before it did.
File hydra = new File(basedir, 'target/hydra')
assert new File(hydra, 'report.json').getText('UTF-8').contains('"url": "/notes/1.0.html"')
String md = new File(hydra, 'report.md').getText('UTF-8')
assert md.startsWith('## Hydra: 1 dead link')
assert md.contains('| /notes/1.0.html | ')
String junit = new File(hydra, 'TEST-hydra.xml').getText('UTF-8')
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(junit.getBytes('UTF-8'))).documentElement
assert suite.getAttribute('failures') == '1'
def failure = suite.getElementsByTagName('failure').item(0)
assert failure.parentNode.getAttribute('name') == '/'
assert failure.getAttribute('message').contains('not found')
assert new File(basedir, 'build.log').getText('UTF-8').contains('Hydra found dead links')
return true
