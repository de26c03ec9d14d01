"""The form of every configured procedure without an e-form of its own: "Trích yếu nội dung" and the files.

It asks for every thành phần hồ sơ of every case of the record: a sandbox cannot tell which case applies.
"""

from sandbox.eforms.fields import Field, FormDefinition, Group, Kind


def generic_form(procedure_code: str) -> FormDefinition:
    return FormDefinition(
        procedure_code=procedure_code,
        title="Thông tin hồ sơ",
        source="Biểu mẫu chung của Cổng Dịch vụ công quốc gia (môi trường thử nghiệm)",
        groups=(Group("Thông tin hồ sơ", (
            Field("trich_yeu", "Trích yếu nội dung", Kind.TEXTAREA, True,
                  hint="Tóm tắt yêu cầu của bạn, ví dụ: đề nghị cấp lại giấy chứng nhận do bị mất."),
        )),),
        summary=lambda answers: answers.shown["trich_yeu"],
        generic=True,
    )
