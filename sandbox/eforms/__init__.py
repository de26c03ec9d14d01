"""E-forms ("Kê khai thông tin") of the portal: the forms as data, their checks, the thành phần hồ sơ a
procedure asks for, the files it accepts, and the drafts that keep a citizen's work between attempts.

Forms with their own fields (forms/): 1.004194 and 1.004222 (Mẫu CT01), 1.001193 (tờ khai khai sinh),
2.000635 (bản sao trích lục hộ tịch), 1.013225 (giấy phép xây dựng, Mẫu số 1 NĐ 175/2024) and 2.001610
(doanh nghiệp tư nhân, Mẫu số 1 TT 68/2025); every other configured procedure gets the generic form.
"""
