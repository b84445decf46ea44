"""Airflow DAG: one neuroevo run per schedule interval, through spark-submit on YARN.

Each interval writes to its own output path, named from the interval's start (ds_nodash and the hour,
only letters, digits and dashes, as Hadoop paths want them). A retry reruns the same command with the
same --output, which resumes the run from its last checkpoint instead of starting over.

Not run here (Airflow is not installable on the build machine): JobsOnClustersTest compiles this file
and runs it against a stand-in airflow module that records SparkSubmitOperator's arguments.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

JOB_JAR = "hdfs:///apps/neuroevo/neuroevo-job.jar"
# The effective configuration (includes resolved), uploaded next to the jar.
JOB_FILE = "hdfs:///apps/neuroevo/jobs/cartpole-ga.conf"
OUTPUT = "hdfs:///runs/cartpole-ga/{{ ds_nodash }}-{{ logical_date.strftime('%H%M') }}"

with DAG(
    dag_id="neuroevo_cartpole_ga",
    start_date=datetime(2026, 12, 1),
    schedule="@daily",
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 3, "retry_delay": timedelta(minutes=5)},
) as dag:
    SparkSubmitOperator(
        task_id="evolve",
        conn_id="spark_yarn",  # the connection's host is "yarn"; its extra holds the deploy mode
        application=JOB_JAR,
        java_class="dev.neuroevo.cli.Main",
        name="neuroevo-cartpole-ga",
        deploy_mode="cluster",
        application_args=["run", JOB_FILE, "--output", OUTPUT],
        conf={"spark.yarn.maxAppAttempts": "1"},  # Airflow retries, resuming; YARN does not rerun blindly
        num_executors=2,
        executor_cores=1,
        executor_memory="2g",
        driver_memory="1g",
    )
