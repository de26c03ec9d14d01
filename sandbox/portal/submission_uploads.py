"""Files as the browser posted them, read into `Upload`s: at most one byte over the limit is read, enough to
know a file is too large without holding all of it."""

from starlette.datastructures import FormData, UploadFile

from sandbox.eforms.uploads import MAX_BYTES, Upload, file_name_only


async def read_uploads(form: FormData, name: str) -> list[Upload]:
    """The files chosen in input `name`; an input left empty posts a nameless part, which is skipped."""
    uploads = []
    for item in form.getlist(name):
        if isinstance(item, UploadFile) and item.filename:
            content = await item.read(MAX_BYTES + 1)
            uploads.append(Upload(file_name_only(item.filename), item.content_type or "", content))
    return uploads
