// The build failed on the dead link, and every CI format (the default formats) was written before it did.
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
assert failure.parentNode.getAttribute('classname') == '/' : 'the page that holds the dead link'
assert failure.parentNode.getAttribute('name') == '/notes/1.0.html' : 'the dead link itself'
assert failure.getAttribute('message').contains('not found')
def sarif = new groovy.json.JsonSlurper().parse(new File(hydra, 'report.sarif'), 'UTF-8')
assert sarif.version == '2.1.0' && sarif.runs.size() == 1
def run = sarif.runs[0]
assert run.tool.driver.name == 'Hydra'
assert run.results.size() == 1 : run.results
assert run.results[0].level == 'error'
assert run.results[0].message.text.startsWith('/notes/1.0.html: ')
assert run.results[0].locations[0].physicalLocation.artifactLocation.uri == './'
assert run.tool.driver.rules*.id == [run.results[0].ruleId]
assert new File(basedir, 'build.log').getText('UTF-8').contains('Hydra found dead links')
return true
