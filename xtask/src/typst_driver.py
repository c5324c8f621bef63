"""Compiles many Typst documents in one process (fonts are loaded once).

Reads jobs from stdin, one per line: <data file>\t<output>. An output ending in .png is
drawn at 72 ppi (one point, one pixel: a link preview); any other is a PDF. Writes one line
per job to stdout: "ok\t<output>" or "error\t<output>\t<message on one line>". Never
downloads anything: no Typst package is used, fonts come from the folders given.
"""

import sys

import typst

root, template, *font_dirs = sys.argv[1:]
compiler = typst.Compiler(template, root=root, font_paths=font_dirs, ignore_system_fonts=True)
for line in sys.stdin:
    data, output = line.rstrip("\n").split("\t")
    try:
        if output.endswith(".png"):
            compiler.compile(output=output, format="png", ppi=72.0,
                             sys_inputs={"data": "/" + data})
        else:
            compiler.compile(output=output, sys_inputs={"data": "/" + data}, timestamp=0)
        print("ok\t" + output, flush=True)
    except Exception as error:  # a TypstError, or anything else: the job fails, not the run
        message = " ".join(str(getattr(error, "message", error)).split())
        print("error\t" + output + "\t" + message, flush=True)
