"""Loads a DAG file with the stand-in airflow module and prints the DAG and operator arguments as JSON."""
import json
import runpy
import sys

sys.path.insert(0, sys.argv[2])
import airflow  # noqa: E402  (the stand-in)

namespace = runpy.run_path(sys.argv[1])
dag = namespace["dag"]
print(json.dumps({"dag_id": dag.dag_id, "dag": {k: str(v) for k, v in dag.kwargs.items()},
                  "operators": airflow.RECORDED}, default=str))
