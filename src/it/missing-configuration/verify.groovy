// Neither <url> nor <directory>: the build fails with a message that says what to set.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Hydra: nothing to check. Set <url> (-Dhydra.url=https://...) to crawl a site, or <directory> '
        + '(-Dhydra.directory=target/site) to check a local site directory.')
assert !new File(basedir, 'target/hydra/report.json').exists()
return true
