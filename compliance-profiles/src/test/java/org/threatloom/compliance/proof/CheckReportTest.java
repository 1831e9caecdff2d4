package org.threatloom.compliance.proof;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class CheckReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCheckCommandsJsonGivesOneProofRecordPerTheorem() throws Exception {
        String doc = """
                {"model": {"id": "m1"}, "theorems": [
                  {"name": "coverage", "verdict": "proved", "ms": 120},
                  {"name": "attack-paths", "verdict": "counterexample", "ms": 300,
                   "path": [{"id": "atk-1", "name": "Attacker"}, {"id": "plc", "name": "PLC"}]},
                  {"name": "k-compromise", "verdict": "timeout", "ms": 5000}]}""";
        ProofEvidence p = CheckReport.parse(JSON.readTree(doc), "check.json");
        assertEquals(ProofVerdict.PROVED, p.result("coverage").orElseThrow().verdict());
        assertEquals("coverage@m1", p.result("coverage").orElseThrow().recordId());
        assertEquals(java.util.List.of("atk-1", "plc"), p.result("attack-paths").orElseThrow().elementIds());
        assertEquals(ProofVerdict.TIMEOUT, p.result("k-compromise").orElseThrow().verdict());
        assertTrue(p.result("key-custody").isEmpty());
    }

    @Test
    void anUnknownTheoremOrVerdictIsAnErrorNotASilentGap() {
        IOException e = assertThrows(IOException.class, () -> CheckReport.parse(JSON.readTree("{\"theorems\": [{\"name\": \"magic\", \"verdict\": \"proved\"}]}"), "x.json"));
        assertTrue(e.getMessage().contains("unknown theorem 'magic'"), e.getMessage());
        e = assertThrows(IOException.class, () -> CheckReport.parse(JSON.readTree("{\"theorems\": [{\"name\": \"coverage\", \"verdict\": \"maybe\"}]}"), "x.json"));
        assertTrue(e.getMessage().contains("verdict must be proved, counterexample or timeout"), e.getMessage());
        assertThrows(IOException.class, () -> CheckReport.parse(JSON.readTree("{\"threats\": []}"), "x.json"));
    }
}
