// Allure 3 settings of the dvcqg-e2e report: one self-contained HTML file, named in Vietnamese,
// tests grouped by flow (Allure epic, from the flow tag) then by Gherkin feature.
// `python -m harness.reports.build` runs the CLI with this file; it strips the analytics tag Allure
// always adds and checks that the page fetches nothing from another host.
// The Vietnamese categories live in harness/evidence/categories.py, written as categories.json into
// the results; DVCQG_ALLURE_CATEGORIES (always set by the build) names that file.
import { existsSync, readFileSync } from "node:fs";
import { defineConfig } from "allure";

const REPORT_NAME = "Báo cáo kiểm thử Cổng DVCQG";
const categoriesFile = process.env.DVCQG_ALLURE_CATEGORIES ?? "";

export default defineConfig({
  name: REPORT_NAME,
  plugins: {
    awesome: {
      options: {
        reportName: REPORT_NAME,
        singleFile: true,
        // The report UI has no Vietnamese translation; English is the one every reviewer can read.
        reportLanguage: "en",
        groupBy: ["epic", "feature"],
      },
    },
  },
  ...(categoriesFile && existsSync(categoriesFile) ? { categories: JSON.parse(readFileSync(categoriesFile, "utf8")) } : {}),
});
