// -Dhydra.skip=true: the goal says it skipped, checks nothing, writes nothing, and the dead link does not fail the build.
String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Hydra: skipped (hydra.skip)')
assert !new File(basedir, 'target/hydra/report.json').exists()
return true
