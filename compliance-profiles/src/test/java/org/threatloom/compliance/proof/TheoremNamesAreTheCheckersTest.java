package org.threatloom.compliance.proof;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.threatloom.formal.theorems.Theorem;

class TheoremNamesAreTheCheckersTest {
    @Test
    void profilesCiteTheoremsByTheFormalCheckersOwnNames() {
        Set<String> checker = new TreeSet<>(Arrays.stream(Theorem.values()).map(Theorem::cliName).toList());
        assertEquals(checker, new TreeSet<>(Theorems.NAMES));
    }
}
