// Allure 3 settings of the dvcqg-e2e report: one self-contained HTML file, named in Vietnamese,
// tests grouped by flow (Allure epic, from the flow tag) then by Gherkin feature.
// `python -m harness.reports.build` runs the CLI with this file and always sets the variables below; it strips
// the analytics tag Allure always adds and checks that the page fetches nothing from another host.
// - DVCQG_ALLURE_CATEGORIES: the Vietnamese categories (harness/evidence/categories.py, categories.json in the results);
// - DVCQG_ALLURE_HISTORY: the history file every build appends to (JSONL, reports/history/history.jsonl);
// - DVCQG_ALLURE_ENVIRONMENT: the run's environment (--env, "Môi trường" of environment.properties);
// - DVCQG_ALLURE_RESOLUTIONS: the known issues, from the open defects of data/defects.toml (harness/reports/known_issues.py);
// - DVCQG_ALLURE_GLOBAL_ATTACHMENTS: files shown with the whole run (the coverage table), one path a line.
// The quality gate is not here: `allure generate` does not evaluate one (harness/reports/quality_gate.py).
import { existsSync, readFileSync } from "node:fs";
import { defineConfig } from "allure";

const REPORT_NAME = "Báo cáo kiểm thử Cổng DVCQG";
const setting = (name) => process.env[name] ?? "";
const jsonFile = (name) => (setting(name) && existsSync(setting(name)) ? JSON.parse(readFileSync(setting(name), "utf8")) : undefined);

const categories = jsonFile("DVCQG_ALLURE_CATEGORIES");
const resolutions = jsonFile("DVCQG_ALLURE_RESOLUTIONS");
const globalAttachments = setting("DVCQG_ALLURE_GLOBAL_ATTACHMENTS").split("\n").filter(Boolean);

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
  ...(categories ? { categories } : {}),
  ...(setting("DVCQG_ALLURE_HISTORY") ? { historyPath: setting("DVCQG_ALLURE_HISTORY") } : {}),
  ...(setting("DVCQG_ALLURE_ENVIRONMENT") ? { environment: setting("DVCQG_ALLURE_ENVIRONMENT") } : {}),
  ...(resolutions ? { resolutions } : {}),
  ...(globalAttachments.length ? { globalAttachments } : {}),
});
