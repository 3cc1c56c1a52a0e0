package org.sosqa.rules.internal.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Decision tables in a pack: each becomes DRL (Drools' own {@link SpreadsheetCompiler}), after a check
 * for the silent failure Drools has: a CONDITION whose snippet has no {@code $param} (or {@code $1})
 * is compared with the cell's text and never fires, so it is reported with its cell.
 *
 * <p>Needs {@code org.drools:drools-decisiontables}, an optional dependency; see {@link #available()}.
 */
public final class DecisionTables {
    /** The suffix the DRL of a table is compiled under: {@code rules/x.drl.csv} compiles as {@code rules/x.drl.csv.drl}. */
    public static final String DRL_SUFFIX = ".drl";

    private DecisionTables() {
    }

    /** Whether decision tables can be read here. */
    public static boolean available() {
        try {
            Class.forName("org.drools.decisiontable.SpreadsheetCompiler", false, DecisionTables.class.getClassLoader());
            Class.forName("org.apache.poi.ss.usermodel.WorkbookFactory", false, DecisionTables.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The DRL each table becomes, checked first.
     *
     * @param tables table name to file
     * @param problems where problems go
     * @return table name + {@value #DRL_SUFFIX} to DRL, for tables without problems
     */
    public static Map<String, String> toDrl(Map<String, Path> tables, Problems problems) {
        Map<String, String> drl = new LinkedHashMap<>();
        for (Map.Entry<String, Path> table : tables.entrySet()) {
            String name = table.getKey();
            boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
            int before = problems.list().size();
            checkConditions(name, csv ? csvGrid(table.getValue()) : sheetGrid(table.getValue()), problems);
            if (problems.list().size() > before) {
                continue;
            }
            try (InputStream in = Files.newInputStream(table.getValue())) {
                drl.put(name + DRL_SUFFIX, new SpreadsheetCompiler().compile(in, csv ? InputType.CSV : InputType.XLS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                problems.add(name, null, "cannot read the decision table: " + e.getMessage());
            }
        }
        return drl;
    }

    /** The DRL a table becomes, for golden files and for authors who want to see it. */
    public static String drlOf(Path table) {
        boolean csv = table.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        try (InputStream in = Files.newInputStream(table)) {
            return new SpreadsheetCompiler().compile(in, csv ? InputType.CSV : InputType.XLS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finds each RuleTable's CONDITION columns and checks their snippets (two rows below the types). */
    static void checkConditions(String name, List<List<String>> grid, Problems problems) {
        for (int r = 0; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            if (row.stream().noneMatch(c -> c.strip().startsWith("RuleTable")) || r + 3 >= grid.size()) {
                continue;
            }
            List<String> types = grid.get(r + 1);
            List<String> snippets = grid.get(r + 3);
            for (int c = 0; c < types.size(); c++) {
                String type = types.get(c).strip().toUpperCase(Locale.ROOT);
                if (!type.equals("CONDITION") && !type.equals("C")) {
                    continue;
                }
                String snippet = c < snippets.size() ? snippets.get(c).strip() : "";
                if (!snippet.isEmpty() && !snippet.contains("$")) {
                    problems.add(name, r + 4, "cell " + column(c) + (r + 4) + ": the CONDITION snippet '" + snippet
                            + "' has no $param, so Drools would compare it with each cell's text and the rule would"
                            + " never fire as meant; write for example '" + snippet + " == $param'");
                }
            }
        }
    }

    private static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            letters.insert(0, (char) ('A' + i % 26));
        }
        return letters.toString();
    }

    private static List<List<String>> csvGrid(Path file) {
        List<List<String>> grid = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                grid.add(csvCells(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return grid;
    }

    static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<List<String>> sheetGrid(Path file) {
        List<List<String>> grid = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                grid.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return grid;
    }
}
