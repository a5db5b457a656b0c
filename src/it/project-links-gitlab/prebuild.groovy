// A linked worktree, as "git worktree add" writes it: .git is a file naming the git directory, whose HEAD names the
// branch release/2.x.
File gitDir = new File(basedir, 'main-checkout/.git/worktrees/lib')
gitDir.mkdirs()
new File(gitDir, 'HEAD').text = 'ref: refs/heads/release/2.x\n'
new File(basedir, '.git').text = 'gitdir: main-checkout/.git/worktrees/lib\n'
return true
