package dev.hydra.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** File modes, where the file system has them. */
final class FileModes {

    private FileModes() {}

    /**
     * Asserts that {@code written} has the mode a file created plainly in the same folder gets ({@code probe}): that
     * it follows the umask ({@code rw-r--r--} under {@code 022}), as every file Maven writes does.
     */
    static void assertSameAsNewFile(Path written, Path probe) throws IOException {
        assumeTrue(
                Files.getFileStore(written).supportsFileAttributeView("posix"), "the file system has no POSIX modes");
        assertEquals(
                PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(written)),
                written + " follows the umask");
    }
}
